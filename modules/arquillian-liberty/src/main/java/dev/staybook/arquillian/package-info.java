/** An Arquillian container adapter that deploys into an already running Liberty server (test support). */
package dev.staybook.arquillian;
