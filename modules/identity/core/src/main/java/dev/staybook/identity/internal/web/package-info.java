/** REST resources for sign-in, accounts, profiles and their administration. */
package dev.staybook.identity.internal.web;
