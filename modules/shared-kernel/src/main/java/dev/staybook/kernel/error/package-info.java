/** Failures the modules raise; the app maps each kind to an RFC 9457 problem response. */
package dev.staybook.kernel.error;
