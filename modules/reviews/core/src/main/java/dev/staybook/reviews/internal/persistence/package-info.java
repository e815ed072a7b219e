/** JPA and SQL repositories over the reviews schema. */
package dev.staybook.reviews.internal.persistence;
