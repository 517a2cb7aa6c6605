package com.chipchain.engine;

/** A quantity for one of the seat's own sites (production starts or capacity to build). */
public record SiteAmount(int site, long amount) {}
