"""Streamlit dashboard over the analysis package: pages only lay out widgets and call analysis."""
