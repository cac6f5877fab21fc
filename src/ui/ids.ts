/** Id of the element with the map's text description (the canvas's aria-describedby). */
export const MAP_SUMMARY_ID = 'map-summary';
