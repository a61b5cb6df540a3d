// Package ogrtest reads files with GDAL's ogrinfo, as QGIS and other GIS
// tools read them, in the tests of the packages that write them
// (GeoPackage, CSV, KML). Without ogrinfo on PATH the tests skip; CI
// installs it (gdal-bin).
package ogrtest
