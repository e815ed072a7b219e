/** System tests of a user's data export and account deletion, across modules, over HTTP. */
package dev.staybook.it.account;
