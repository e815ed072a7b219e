/** What every module checks in client input before using it: bounded decimals, accepted currencies, clean text. */
package dev.staybook.kernel.input;
