package no.avtalebenk.examples.plugin.tests;

/** A class that implements none of the extension points' interfaces: every registry must refuse it. */
public class NotAContribution {
}
