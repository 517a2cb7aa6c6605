package com.chipchain.play;

/**
 * Who is knocking at the join form: the browser session ({@code device}) and the network address
 * it comes from. A class behind one school router shares an address, so limits are per device,
 * with a generous ceiling per address.
 */
public record Visitor(String device, String address) {

    public Visitor {
        device = device == null || device.isBlank() ? "unknown" : device;
        address = address == null || address.isBlank() ? "unknown" : address;
    }
}
