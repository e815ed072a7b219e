/** The API's JSON conventions, applied to every module's resources: money as an amount string and a currency. */
package dev.staybook.app.json;
