package no.avtalebenk.data.ui;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;

/**
 * Tells a data set from an agreement among {@code *.avtale} files: both are agreement models
 * ({@code avtale:AgreementModel}), but a data set has no {@code <agreements>} element. The describer
 * reads only the root element's children, without building the model. A file that is not XML or
 * breaks off before the answer is known is {@link #INDETERMINATE}, so that the data set editor opens
 * it and names the place of the damage; a file with an agreement is {@link #INVALID} and opens in the
 * agreement editor.
 */
public class DataSetDescriber implements IContentDescriber {

	/** The root element of every agreement model file. */
	static final String ROOT = "AgreementModel";
	/** The element that makes a model file an agreement rather than a data set. */
	static final String AGREEMENTS = "agreements";

	@Override
	public int describe(InputStream contents, IContentDescription description) throws IOException {
		return describe(contents);
	}

	/**
	 * @param contents a file's content
	 * @return {@link #VALID} for a data set, {@link #INVALID} for an agreement or another XML file,
	 *         {@link #INDETERMINATE} for a file that cannot be read to the end of its root element
	 */
	public static int describe(InputStream contents) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// A model file has no document type; reading one must not fetch anything.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		XMLStreamReader reader = null;
		try {
			reader = factory.createXMLStreamReader(contents);
			int depth = 0;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					if (depth == 1 && !ROOT.equals(reader.getLocalName())) {
						return INVALID;
					}
					if (depth == 2 && AGREEMENTS.equals(reader.getLocalName())) {
						return INVALID;
					}
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
					if (depth == 0) {
						return VALID;
					}
				}
			}
			return INDETERMINATE;
		} catch (XMLStreamException | RuntimeException e) {
			return INDETERMINATE;
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException e) {
					// only the reader's own state; the platform closes the stream
				}
			}
		}
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}
