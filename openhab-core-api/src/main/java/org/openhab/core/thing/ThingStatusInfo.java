/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing;

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A thing's status with its detail and an optional description.
 */
@NonNullByDefault
public class ThingStatusInfo {

    private final ThingStatus status;
    private final ThingStatusDetail statusDetail;
    private final @Nullable String description;

    /**
     * @param status the status
     * @param statusDetail why the thing has it
     * @param description a text for the user, or {@code null}
     */
    public ThingStatusInfo(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        this.status = status;
        this.statusDetail = statusDetail;
        this.description = description;
    }

    /**
     * @return the status
     */
    public ThingStatus getStatus() {
        return status;
    }

    /**
     * @return the status detail
     */
    public ThingStatusDetail getStatusDetail() {
        return statusDetail;
    }

    /**
     * @return the description, or {@code null}
     */
    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        String text = description;
        return status + (statusDetail == ThingStatusDetail.NONE ? "" : " (" + statusDetail + ")")
                + (text == null || text.isBlank() ? "" : ": " + text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, statusDetail, description);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ThingStatusInfo other && obj.getClass() == getClass() && status == other.status
                && statusDetail == other.statusDetail && Objects.equals(description, other.description);
    }
}
