package no.avtalebenk.data.importer;

/**
 * An importer as contributed: its kind (the {@code --kind} name), its description, the bundle that
 * contributed it and the importer itself.
 *
 * @param kind        e.g. {@code gsi}
 * @param name        a short description for lists
 * @param contributor the contributing bundle's symbolic name
 * @param importer    the importer
 */
public record ImporterDescriptor(String kind, String name, String contributor, Importer importer) {
}
