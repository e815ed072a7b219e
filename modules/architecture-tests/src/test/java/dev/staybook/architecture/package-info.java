/** ArchUnit rules over every module: boundaries, cycles, plain api packages, layers and names. */
package dev.staybook.architecture;
