// The umbrella module: every pipeline stage, re-exported, so `import RapportCore` is all the
// CLI, Fuzz/ and the tests need. The stages and their order: RapportCore.docc/Pipeline.md.
@_exported import RapportBatch
@_exported import RapportGenerate
@_exported import RapportIngest
@_exported import RapportLexicon
@_exported import RapportMeasure
@_exported import RapportOutput
@_exported import RapportResources
@_exported import RapportSupport
@_exported import RapportTag
@_exported import RapportText
@_exported import RapportValidation
