package dev.vita.emit;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * The Unicode bidirectional algorithm and Arabic joining for OpenHTMLtoPDF, on ICU4J: the
 * renderer splits each paragraph into directional runs with {@link Splitter}, reverses the
 * right-to-left ones with {@link Reorderer} and draws Arabic letters in their joined
 * (presentation) forms, which every Arabic font maps without glyph substitution. The
 * {@code openhtmltopdf-rtl-support} artifact does the same but exists only for 1.1.31.
 */
final class IcuBidi {
    private IcuBidi() {}

    /** A new splitter per paragraph, as the renderer asks. */
    static final BidiSplitterFactory SPLITTERS = Splitter::new;

    /** Runs of one direction, in visual order. */
    static final class Splitter implements BidiSplitter {
        private final Bidi bidi = new Bidi();

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            bidi.setPara(paragraph, defaultDirection, null);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.getDirection());
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            // ICU and OpenHTMLtoPDF number LTR, RTL and NEUTRAL alike (0, 1, 3)
            return Bidi.getBaseDirection(paragraph);
        }
    }

    /** Reverses right-to-left runs (mirroring brackets) and joins Arabic letters. */
    static final class Reorderer implements BidiReorderer {
        private final ArabicShaping shaper = new ArabicShaping(
                ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK);
        private final ArabicShaping unshaper = new ArabicShaping(
                ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK);

        @Override
        public String reorderRTLTextToLTR(String text) {
            return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
        }

        @Override
        public String shapeText(String text) {
            try {
                return shaper.shape(text);
            } catch (ArabicShapingException e) {
                return text; // unjoined letters are still the right letters
            }
        }

        @Override
        public String deshapeText(String text) {
            try {
                return unshaper.shape(text);
            } catch (ArabicShapingException e) {
                return text;
            }
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }
    }
}
