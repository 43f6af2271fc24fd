"""Entry script (``streamlit run dashboard/app.py``): a router only, in :mod:`dashboard.router`.

Streamlit runs this file as ``__main__``. multiprocessing's "spawn" start method runs the script
that started the process again in every new worker, as ``__mp_main__``: there it must draw nothing,
load no corpus and not even import the dashboard (the analysis pool's workers start from here).
"""

from __future__ import annotations

if __name__ == "__main__":
    from dashboard.router import route

    route()
