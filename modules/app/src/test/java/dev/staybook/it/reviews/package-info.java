/** System tests of reviews: double-blind publication, the review window, host responses, public lists and ratings. */
package dev.staybook.it.reviews;
