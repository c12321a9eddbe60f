"""Printed outputs from the desk: PDF export, printing, and opening PDFs in the system viewer."""
