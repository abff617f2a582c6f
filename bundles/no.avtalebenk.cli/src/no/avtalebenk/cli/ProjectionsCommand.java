package no.avtalebenk.cli;

import java.io.PrintStream;
import java.util.List;

import no.avtalebenk.simulation.projection.ProjectionDescriptor;
import no.avtalebenk.simulation.projection.ProjectionRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code projections}: the installed projection models; skipped contributions on stderr. */
@Command(name = "projections", description = "The installed projection models (--projection NAME).")
final class ProjectionsCommand extends Subcommand {

	@Mixin
	private FormatOption.TableCsvJson formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws UsageException {
		String format = formatOption.get();
		ProjectionRegistry registry = ProjectionRegistry.load();
		registry.problems().forEach(p -> err.println("avtalebenk projections: " + p));
		List<ProjectionDescriptor> models = registry.models();
		switch (format) {
		case "csv" -> {
			out.println("name;label;contributor;description");
			models.forEach(m -> out.println(m.name() + ";" + m.label().replace(';', ',') + ";" + m.contributor() + ";"
					+ m.description().replace(';', ',')));
		}
		case "json" -> {
			StringBuilder json = new StringBuilder("{\"models\":[");
			for (int i = 0; i < models.size(); i++) {
				ProjectionDescriptor m = models.get(i);
				json.append(i == 0 ? "" : ",").append("{\"name\":").append(Json.quote(m.name())).append(",\"label\":")
						.append(Json.quote(m.label())).append(",\"contributor\":").append(Json.quote(m.contributor()))
						.append(",\"description\":").append(Json.quote(m.description())).append('}');
			}
			out.println(json.append("]}"));
		}
		default -> {
			out.println("Projection models (" + models.size() + ")");
			models.forEach(m -> out.println(String.format("%-12s %s (%s)", m.name(), m.label(), m.contributor())));
		}
		}
		return Commands.OK;
	}
}
