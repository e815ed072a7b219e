/** System tests of notifications: mails arrive over real SMTP, once per event and recipient. */
package dev.staybook.it.notifications;
