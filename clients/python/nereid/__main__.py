"""python -m nereid sync | status"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import List, Optional

from . import _config, _sync
from .exceptions import NereidError


def main(argv: Optional[List[str]] = None) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--path", help="the queue folder (default: NEREID_DATA_DIRECTORY or ./.nereid)")
    parser = argparse.ArgumentParser(prog="python -m nereid", description="Upload or list runs kept in the disk queue.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", parents=[common], help="list the queued runs and what each still has to send")
    sync = commands.add_parser("sync", parents=[common],
                               help="upload offline runs and runs whose process ended before sending")
    sync.add_argument("--url", help="the server (default: NEREID_API_URL or the URL the run was logged with)")
    sync.add_argument("--api-token", help="the API token (default: NEREID_API_TOKEN)")
    sync.add_argument("--project", help="workspace/project for offline runs opened without one")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    root = args.path or _config.data_directory()
    try:
        if args.command == "status":
            return _sync.status(root, sys.stdout)
        return _sync.sync(root, args.url, args.api_token, args.project, sys.stdout)
    except NereidError as error:
        sys.stderr.write("nereid: %s\n" % error.message)
        return 2


if __name__ == "__main__":
    sys.exit(main())
