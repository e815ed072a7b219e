/** The reviews module deployed alone: review windows opened by bookings' StayCompleted, double-blind reviews, ratings. */
package dev.staybook.moduletest.reviews;
