"""Pictures for slides: the export scene, themes, the dialog and one file per format in formats/."""
