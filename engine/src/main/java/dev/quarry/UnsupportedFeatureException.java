package dev.quarry;

/**
 * A query uses a feature the target dialect cannot express. Raised while rendering, before
 * anything reaches the server. {@link #feature()} and {@link #dialect()} say which.
 */
public class UnsupportedFeatureException extends QuarryException {
    private static final long serialVersionUID = 1L;

    private final String feature;
    private final String dialect;

    public UnsupportedFeatureException(String feature, String dialect, String advice) {
        super(feature + " is not supported on " + dialect + (advice.isEmpty() ? "" : ": " + advice));
        this.feature = feature;
        this.dialect = dialect;
    }

    public UnsupportedFeatureException(String feature, String dialect) {
        this(feature, dialect, "");
    }

    /** The feature that cannot be rendered, e.g. {@code "FULL OUTER JOIN"}. */
    public String feature() {
        return feature;
    }

    /** The dialect that lacks it, e.g. {@code "mysql"}. */
    public String dialect() {
        return dialect;
    }
}
