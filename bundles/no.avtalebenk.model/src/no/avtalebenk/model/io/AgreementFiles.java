package no.avtalebenk.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtalePackage;

/**
 * Reads and writes agreement files (.avtale, XMI). Reading reports the file and the place of the
 * first error; writing goes through {@link AtomicFiles}: a temporary file replaces the target only
 * when complete, and the previous version is kept as {@code <name>.bak}.
 */
public final class AgreementFiles {

	private AgreementFiles() {
	}

	/** @return a resource set that knows the agreement model and the .avtale extension */
	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(AvtalePackage.eNS_URI, AvtalePackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("avtale", new XMIResourceFactoryImpl());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		return set;
	}

	/**
	 * @param file an agreement file
	 * @return its content
	 * @throws AgreementFileException when it cannot be read or holds no agreement model
	 */
	public static AgreementModel load(Path file) throws AgreementFileException {
		if (!Files.isRegularFile(file)) {
			throw new AgreementFileException(file + ": no such file", null);
		}
		try (InputStream in = Files.newInputStream(file)) {
			return load(URI.createFileURI(file.toAbsolutePath().toString()), in);
		} catch (IOException e) {
			throw new AgreementFileException(file + ": cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * @param uri the file's name in messages
	 * @param in  its content
	 * @return its content
	 * @throws AgreementFileException when it cannot be read or holds no agreement model
	 */
	public static AgreementModel load(URI uri, InputStream in) throws AgreementFileException {
		Resource resource = newResourceSet().createResource(uri);
		String name = uri.isFile() ? uri.toFileString() : uri.toString();
		if (resource instanceof ResourceImpl withIds) {
			// Counts name their unit and category by ID: with the map each reference is one lookup,
			// without it each walks the elements before it, quadratic in the number of units.
			withIds.setIntrinsicIDToEObjectMap(new HashMap<>());
		}
		try {
			resource.load(in, loadOptions());
		} catch (IOException | RuntimeException e) {
			Resource.Diagnostic first = resource.getErrors().isEmpty() ? null : resource.getErrors().get(0);
			String where = first == null ? "" : ":" + first.getLine() + ":" + first.getColumn();
			String message = withoutPlace(first == null ? e.getMessage() : first.getMessage());
			throw new AgreementFileException(name + where + ": " + message, e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new AgreementFileException(name + ":" + first.getLine() + ":" + first.getColumn() + ": "
					+ withoutPlace(first.getMessage()), null);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AgreementModel model)) {
			throw new AgreementFileException(name + ": holds no agreement model (the root element must be avtale:AgreementModel)", null);
		}
		return model;
	}

	/**
	 * @param model a model
	 * @return its XMI text as {@link #save} writes it
	 * @throws IOException when it cannot be serialized
	 */
	public static byte[] toBytes(AgreementModel model) throws IOException {
		Resource resource = model.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(URI.createURI("memory.avtale"));
			resource.getContents().add(model);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, saveOptions());
		return out.toByteArray();
	}

	/**
	 * Writes a model, keeping the previous version of the file as {@code <name>.bak}.
	 *
	 * @param model a model
	 * @param file  where to write it; replaced only when the new content is complete
	 * @throws IOException when it cannot be written; the file is unchanged then
	 */
	public static void save(AgreementModel model, Path file) throws IOException {
		save(model, file, true);
	}

	/**
	 * @param model      a model
	 * @param file       where to write it; replaced only when the new content is complete
	 * @param keepBackup whether to keep the previous version as {@code <name>.bak}
	 *                   ({@link AtomicFiles#backupOf(Path)})
	 * @throws IOException when it cannot be written; the file is unchanged then
	 */
	public static void save(AgreementModel model, Path file, boolean keepBackup) throws IOException {
		AtomicFiles.write(file, toBytes(model), keepBackup);
	}

	/** EMF appends "(file:…, line, column)" to messages; the place is already in front. */
	private static String withoutPlace(String message) {
		return message == null ? "" : message.replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
		return options;
	}
}
