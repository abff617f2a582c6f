package no.avtalebenk.data.tests;

/** Contributed as an importer on purpose although it is none: the registry must skip it. */
public class NotAnImporter {
}
