/** JPA repositories over the messaging schema. */
package dev.staybook.messaging.internal.persistence;
