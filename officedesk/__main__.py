"""`python -m officedesk` and the `officedesk` entry point."""

from __future__ import annotations

import sys


def main() -> int:
    from officedesk.cli import main as cli_main

    return cli_main(end_process_after_client=True)


if __name__ == "__main__":
    sys.exit(main())
