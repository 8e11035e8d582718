/// Rapport's version, written into every output's provenance.
public enum RapportVersion {
  public static let current = "0.1.0"
}
