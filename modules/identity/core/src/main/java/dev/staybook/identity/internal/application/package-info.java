/** Thin transactional services: load, ask the aggregate, save, announce. */
package dev.staybook.identity.internal.application;
