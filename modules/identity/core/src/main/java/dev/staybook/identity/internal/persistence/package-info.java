/** JPA repositories over the identity schema. */
package dev.staybook.identity.internal.persistence;
