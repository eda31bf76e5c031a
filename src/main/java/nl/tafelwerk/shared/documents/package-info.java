/** Documents in the table's house style (advice, minutes) as DOCX and PDF, and Markdown shown as safe HTML. */
@NullMarked
package nl.tafelwerk.shared.documents;

import org.jspecify.annotations.NullMarked;
