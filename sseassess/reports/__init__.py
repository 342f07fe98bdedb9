"""PDF certificate and full report (ReportLab), rendered from plain localized data objects."""
