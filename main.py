"""python main.py: the same as the critexplorer command (with no command: the window)."""

import sys

from critexplorer.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
