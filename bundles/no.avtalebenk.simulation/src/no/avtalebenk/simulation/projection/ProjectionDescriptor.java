package no.avtalebenk.simulation.projection;

/**
 * One contributed projection model, as the registry read it.
 *
 * @param name        the model's name, used on the command line ({@code --model NAME})
 * @param label       a short label for people
 * @param description what it computes and from which sources
 * @param contributor the bundle that contributed it
 * @param model       the model
 */
public record ProjectionDescriptor(String name, String label, String description, String contributor,
		ProjectionModel model) {
}
