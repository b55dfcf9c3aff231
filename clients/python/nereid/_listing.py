"""Tables of a project's runs, models or a model's versions: the server's listing, page by page, as a Table."""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Optional, Union

from ._http import ApiClient
from ._table import Table, TableEntry, merge_order

StrOrList = Union[None, str, Iterable[str]]
PAGE_SIZE = 10000  # the most objects the server lists at a time


def as_list(value: StrOrList) -> Optional[List[str]]:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return list(value)


def list_objects(client: ApiClient, route: str, params: Dict[str, Any], wanted: Optional[int]) -> List[Dict[str, Any]]:
    """The objects the server lists at ``route`` for ``params``, page by page, at most ``wanted`` (None: all).

    Each page starts after the last object of the one before (its next_page_token), so objects logged meanwhile
    neither repeat nor push others out of the pages, as counting an offset did."""
    found: List[Dict[str, Any]] = []
    token = None
    while wanted is None or len(found) < wanted:
        page_size = PAGE_SIZE if wanted is None else min(PAGE_SIZE, wanted - len(found))
        where = {"page_token": token} if token else {"offset": len(found)}
        page = client.request("GET", route, params=dict(params, limit=page_size, **where))
        batch = page.get("runs") or []
        found.extend(batch)
        if "next_page_token" in page:
            token = page["next_page_token"]
            if not batch or not token:
                break
        elif not batch or len(found) >= int(page.get("total", 0)):
            break  # a server from before page tokens: offsets
    return found


def fetch_table(
    client: ApiClient,
    route: str,
    params: Dict[str, Any],
    columns: Optional[Iterable[str]],
    trashed: Optional[bool],
    limit: Optional[int],
    keep: Optional[Callable[[Dict[str, Any]], bool]] = None,
) -> Table:
    """The Table of what ``route`` lists. ``params`` carries the query, sort and filters; ``trashed=None`` lists
    trashed and other objects together (merged in the sort's order); ``keep`` picks objects the server cannot, in
    which case every match is fetched before ``limit`` applies."""
    column_list = as_list(columns)
    params = dict(params, columns=None if column_list is None else ",".join(column_list))
    found: List[Dict[str, Any]] = []
    for flag in (False, True) if trashed is None else (bool(trashed),):
        found.extend(list_objects(client, route, dict(params, trashed=flag), None if keep else limit))
    entries = [TableEntry(item, column_list) for item in found if keep is None or keep(item)]
    if trashed is None:
        entries = merge_order(entries, params["sort_by"], params["ascending"])
    return Table(entries if limit is None else entries[:limit], column_list)


def check_limit(limit: Optional[int]) -> None:
    """Neptune's check of the models and versions tables' limit."""
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
        raise TypeError("limit must be a int or NoneType (was %s)" % type(limit))
    if isinstance(limit, int) and limit <= 0:
        raise ValueError("Parameter 'limit' must be a positive integer or None. Got %d." % limit)
