/** Values shared by every module: plain Java, no entities, no beans. */
package dev.staybook.kernel;
