"""GET /so-ra-soat/ (also /review-book/): the policy review book (engine/review) as pages of the web app."""
from __future__ import annotations

import anyio
from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from engine.review import serve

router = APIRouter(include_in_schema=False)


@router.get("/so-ra-soat")
@router.get("/review-book")
async def book_root():
    return RedirectResponse("/so-ra-soat/index.html", status_code=307)


@router.get("/so-ra-soat/")
@router.get("/review-book/")
@router.get("/so-ra-soat/{page}")
@router.get("/review-book/{page}")
async def book_page(page: str = "index.html"):
    pages = await anyio.to_thread.run_sync(serve.pages)
    if page not in pages:
        return Response("Không có trang này trong sổ rà soát", status_code=404, media_type="text/plain; charset=utf-8")
    return Response(pages[page], media_type=serve.media_type(page))
