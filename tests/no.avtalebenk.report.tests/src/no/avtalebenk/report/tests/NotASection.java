package no.avtalebenk.report.tests;

/** Contributed as a report section by this bundle's plugin.xml, which it is not. */
public class NotASection {
}
