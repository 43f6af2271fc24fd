"""View data shared by the dashboard and the slide deck: selection, tables, labels, the meeting story.

Nothing here imports streamlit or plotly; the analysis core never imports this package.
"""
