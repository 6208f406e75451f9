"""Administrative units in force (34 provinces, communes, no districts since 01/07/2025) and where a
list's province and commune come from: row columns, title block, file name, options."""
from .find import (FROM_FILE_NAME, FROM_OPTION, FROM_ROW, FROM_TITLE, Hint, Place, PlaceProblem, from_file_name,
                   resolve, scan)
from .units import Unit, commune, communes_of, directory, province

__all__ = ["Hint", "Place", "PlaceProblem", "Unit", "resolve", "scan", "from_file_name", "directory", "province",
           "commune", "communes_of", "FROM_ROW", "FROM_TITLE", "FROM_FILE_NAME", "FROM_OPTION"]
