/** JPA repositories over the payments schema. */
package dev.staybook.payments.internal.persistence;
