/** Thin transactional services: load, ask the aggregate or the calendar, save, announce. */
package dev.staybook.listings.internal.application;
