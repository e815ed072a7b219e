/** What every module test uses: the micro-deployment builder, the test annotation, SQL checks. */
package dev.staybook.moduletest.support;
