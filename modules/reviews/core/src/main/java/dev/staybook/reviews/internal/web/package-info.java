/** The reviews REST resources: writing and answering reviews, public review lists, the window job. */
package dev.staybook.reviews.internal.web;
