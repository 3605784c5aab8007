// CSS modules and stylesheets have no behaviour worth loading in tests.
const styles: Record<string, string> = {};
export default styles;
