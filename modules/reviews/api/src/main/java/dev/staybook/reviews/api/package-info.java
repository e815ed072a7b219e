/** What the reviews module publishes: review ids and the facts it announces about reviews and ratings. */
package dev.staybook.reviews.api;
