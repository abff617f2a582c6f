package no.avtalebenk.simulation.tests;

/** A class contributed as a projection model that is not one: the registry must skip it. */
public class NotAProjection {
}
