"""Start the critexplorer window: python main.py [--preset NAME | FORMULA] [--screenshot FILE.png]."""

import sys

from critexplorer.ui.app import run_gui

if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1:]))
